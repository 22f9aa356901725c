// Imports one bundle in a fresh process, as Lambda's runtime does at a cold start, and reports
// how long the import took inside the process, and the CPU time the process has used so far
// (all its threads: start-up, import, compilation, GC). The parent also times the whole process.
const started = performance.now();
const module = await import(process.argv[2]);
const imported = performance.now();
if (typeof module.handler !== 'function') throw new Error(`${process.argv[2]} exports no handler`);
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ importMs: imported - started, cpuMs: (cpu.user + cpu.system) / 1000 }));
