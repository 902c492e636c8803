import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with the first match of `line` in what `child` prints on stdout: a server's "listening"
 * line, which it prints once it accepts connections. Rejects if the child exits first. What it
 * prints after that is read and dropped, so its pipe never fills.
 */
export function printed(child: ChildProcess, line: RegExp): Promise<RegExpExecArray> {
	const stdout = child.stdout!;
	return new Promise((done, fail) => {
		let out = '';
		const read = (chunk: Buffer) => {
			out += chunk.toString();
			const found = line.exec(out);
			if (!found) return;
			stdout.off('data', read);
			stdout.resume();
			done(found);
		};
		stdout.on('data', read);
		child.once('exit', (code, signal) =>
			fail(new Error(`exited (${code ?? signal}) before printing ${line}: ${out}`))
		);
	});
}
