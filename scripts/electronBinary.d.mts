export function electronBinary(projectRoot: string): { path: string } | { missing: string };
