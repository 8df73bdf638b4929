/** Injection tokens of what the service kit provides to every service module. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const PERSONAL_DATA = Symbol('PERSONAL_DATA');
