// Preloaded into the companion by `npm run bench:intake -- --cpu-prof <folder>`: records a V8
// CPU profile from start to exit and writes it to CPU_PROFILE_DIR (a bench-only variable, read
// here, never by the companion). The inspector session answers synchronously, so the profile
// can still be taken in the exit handler.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const folder = process.env.CPU_PROFILE_DIR;
if (folder) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  process.once('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const file = join(folder, `companion-${process.pid}.cpuprofile`);
      writeFileSync(file, JSON.stringify(result.profile));
    });
  });
}
