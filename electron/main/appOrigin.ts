export const APP_SCHEME = 'app';

/** Where the renderer lives inside the desktop app; only pages under it may talk to main. */
export const APP_ORIGIN = `${APP_SCHEME}://newsroom/`;
