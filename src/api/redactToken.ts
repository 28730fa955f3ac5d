// Text from outside (a server's error message, a library's error) could echo the token back;
// anything that may reach a log or the UI goes through this first.

export function redactToken(text: string, token: string): string {
  if (token.length < 4) return text;
  return text.split(token).join('***');
}
