/**
 * A new task: a message through a MessageChannel, which browsers do not throttle in background tabs as they
 * do timers (a 1 s minimum there), and which Node has too. Work in steps awaits it to give the page back:
 * the report's sections, a big framework's validation.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // Typed for the browser's port (this module is also typed for Node, whose port is an EventEmitter).
    const port = channel.port1 as unknown as { onmessage: (() => void) | null; close(): void };
    port.onmessage = () => {
      port.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
