// The SendGrid stub in its own process for the dispatch bench: a real provider is not in the worker's
// process, so its HTTP server and JSON parsing should not be charged to the worker's one event loop.
// Tells the parent its URL, then answers each 'stats' message with how many mails (personalizations)
// and requests it accepted and the CPU it has used so far.
import { startSendgridStub } from '../../support/stubs/sendgrid-stub.js';

const stub = await startSendgridStub();
// The recorded requests are not needed here; keeping 100 k of them would only grow the heap.
stub.requests.length = 0;
process.send!({ url: stub.url });
const references = new Set<string>();
let counted = 0;
process.on('message', (message: string) => {
  if (message === 'stats') {
    stub.requests.length = 0;
    for (let i = counted; i < stub.accepted.length; i += 1) references.add(stub.accepted[i]!.reference);
    counted = stub.accepted.length;
    const cpu = process.cpuUsage();
    process.send!({ accepted: stub.accepted.length, distinct: references.size, requests: stub.acceptedRequests(), cpuMs: (cpu.user + cpu.system) / 1000 });
  } else if (message === 'close') {
    void stub.close().then(() => process.exit(0));
  }
});
