#!/usr/bin/env python3
"""Plays the translator in a CAT tool, independently of Editions' code.

    set-targets.py <po|xliff|xliff2> <file> <edits.json>

edits.json maps a key (PO msgctxt, XLIFF resname/name) to its new translation.
PO and XLIFF 1.2 are edited with translate-toolkit's API (translate.storage),
as Poedit or Virtaal would; XLIFF 2.0, which translate-toolkit does not write,
with the standard library's ElementTree. The file is saved in place.
"""
import json
import sys

fmt, path, edits_path = sys.argv[1:4]
with open(edits_path, encoding="utf-8") as f:
    edits = json.load(f)
done = set()

if fmt == "po":
    from translate.storage import po
    store = po.pofile.parsefile(path)
    for unit in store.units:
        key = unit.getcontext()
        if key in edits:
            unit.target = edits[key]
            unit.markfuzzy(False)
            done.add(key)
    store.save()
elif fmt == "xliff":
    from translate.storage import xliff
    store = xliff.xlifffile.parsefile(path)
    for unit in store.units:
        key = unit.xmlelement.get("resname") or unit.getid()
        if key in edits:
            # translate-toolkit replaces only the first text run of a target holding
            # inline tags: empty it first, as a translator retyping the segment would.
            target = unit.xmlelement.find("{urn:oasis:names:tc:xliff:document:1.2}target")
            if target is not None:
                for child in list(target):
                    target.remove(child)
                target.text = None
            unit.target = edits[key]
            done.add(key)
    store.save()
elif fmt == "xliff2":
    import xml.etree.ElementTree as ET
    ns = "urn:oasis:names:tc:xliff:document:2.0"
    ET.register_namespace("", ns)
    ET.register_namespace("ed", "urn:editions:exchange")
    ET.register_namespace("slr", "urn:oasis:names:tc:xliff:sizerestriction:2.0")
    tree = ET.parse(path)
    for unit in tree.getroot().iter("{%s}unit" % ns):
        key = unit.get("name") or unit.get("id")
        if key in edits:
            segment = unit.find("{%s}segment" % ns)
            target = segment.find("{%s}target" % ns)
            if target is None:
                target = ET.SubElement(segment, "{%s}target" % ns)
            for child in list(target):
                target.remove(child)
            target.text = edits[key]
            segment.set("state", "translated")
            done.add(key)
    tree.write(path, encoding="UTF-8", xml_declaration=True)
else:
    sys.exit("unknown format " + fmt)

missing = set(edits) - done
if missing:
    sys.exit("keys not found: " + ", ".join(sorted(missing)))
