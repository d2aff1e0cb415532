/** A cookie's raw value as the browser sees it (only cookies that are not HttpOnly), or undefined. */
export function readBrowserCookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}
