/** The namespaces a locale translates, in one order everywhere (src/status/namespaces.ts). */
export { namespaceOrder } from '../status/namespaces.ts';
