/** Preparing for the call, the waiting room and the call itself. */
export const call = {}
