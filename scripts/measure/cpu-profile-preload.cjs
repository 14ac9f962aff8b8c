// Loaded with NODE_OPTIONS=--require by `npm run bench -- --cpu-prof` (Node 20 refuses --cpu-prof
// in NODE_OPTIONS): profiles this process into CPU_PROFILE_DIR as <pid>.<part>.cpuprofile.
// The profile is written in parts every few seconds, not only on exit: Next.js ends its
// prerender workers with SIGTERM then SIGKILL half a second later, before a whole profile could
// be written, so the largest phase of the build would otherwise go unprofiled.
const fs = require('node:fs');
const path = require('node:path');
const inspector = require('node:inspector');

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let part = 0;
  let ended = false;
  // A session on the same thread answers synchronously, so this works in an exit handler.
  const writePart = (restart) => {
    if (ended) return;
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.${part++}.cpuprofile`), JSON.stringify(result.profile));
    });
    if (restart) session.post('Profiler.start');
    else ended = true;
  };
  setInterval(() => writePart(true), 5000).unref();
  process.on('exit', () => writePart(false));
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.once(signal, () => {
      writePart(false);
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 2));
    });
  }
}
