import type { OptionError } from './options';

/** The text of a 400 answer: names the option (when it is one we know) and what it allows. */
export function optionErrorMessage(e: OptionError): string {
	const who = e.option ? `The option "${e.option}"` : 'An option';
	return `${who} ${e.message}. Allowed: ${e.allowed}.`;
}
