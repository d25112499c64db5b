/**
 * The app's icon (a red heart with a white tick on the programme's red): every page links it,
 * and browsers that ask for /favicon.ico on their own get it there too, instead of a 404.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="14" fill="#c0262d"/>
<path d="M32 52 13 33a10.5 10.5 0 0 1 19-9.5A10.5 10.5 0 0 1 51 33z" fill="#fff"/>
<path d="m23 33 6 6 12-12" fill="none" stroke="#c0262d" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
