/** The `code` of a Node system error (ENOENT, EACCES...), or '' for any other error. */
export function errnoCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : '';
}
