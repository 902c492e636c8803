/**
 * Keeps value labels readable: inside the plot's width, and lifted a line at a time until they no
 * longer overlap a label placed before them. Text width is estimated (11 px semibold ≈ 6.4 px a
 * character), which is enough for the handful of labels a chart carries.
 */
export interface LabelIn {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle';
}

export interface LabelOut {
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

const CHAR = 6.4;
const LINE = 13;

export function placeLabels(labels: LabelIn[], width: number): LabelOut[] {
	const placed: { left: number; right: number; y: number }[] = [];
	return labels.map((l) => {
		const w = l.text.length * CHAR;
		let left = l.anchor === 'middle' ? l.x - w / 2 : l.x;
		left = Math.max(0, Math.min(left, width - w));
		const right = left + w;
		let y = l.y;
		for (let tries = 0; tries < 6; tries++) {
			const hit = placed.some((p) => left < p.right + 2 && right > p.left - 2 && Math.abs(p.y - y) < LINE);
			if (!hit) break;
			y -= LINE;
		}
		placed.push({ left, right, y });
		return { x: left, y, anchor: 'start' };
	});
}
