import { browserTimeZone } from "../format/timeZones";
import { useMe } from "../session/useSession";

/** The signed-in person's time zone: the profile's, or the browser's if the profile has none. */
export function useViewerZone(): string {
  const me = useMe();
  return me.timeZone || browserTimeZone();
}
