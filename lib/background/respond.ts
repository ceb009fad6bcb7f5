// runtime.onMessage listeners answer asynchronously by calling sendResponse and returning true; Chrome does not
// (yet, on every supported version) accept a returned Promise, so every async answer goes through here.
export function respond<T>(work: Promise<T>, sendResponse: (value: T | { error: string }) => void): true {
  work.then(sendResponse, (error: unknown) =>
    sendResponse({ error: error instanceof Error ? error.message : String(error) }),
  );
  return true;
}
