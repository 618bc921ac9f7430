import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { getQueryKey } from "@trpc/react-query";
import { useHref } from "react-router";
import { errorMessage, isUnauthorized } from "../api/errors";
import type { Me } from "../api/trpc";
import { trpc } from "../api/trpc";

/** Makes `user` the signed-in account and forgets whatever a previous account had loaded. */
function useStartSession(): (user: Me) => void {
  const queryClient = useQueryClient();
  const utils = trpc.useUtils();
  const meKey = JSON.stringify(getQueryKey(trpc.auth.me)[0]);
  return (user) => {
    queryClient.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey[0]) !== meKey });
    utils.auth.me.setData(undefined, user);
  };
}

/** `auth.login`; on success the session switches to the returned user. */
export function useSignIn() {
  const startSession = useStartSession();
  return trpc.auth.login.useMutation({ onSuccess: ({ user }) => startSession(user) });
}

/** `auth.register`; the new account is signed in on success. */
export function useRegister() {
  const startSession = useStartSession();
  return trpc.auth.register.useMutation({ onSuccess: ({ user }) => startSession(user) });
}

/**
 * `auth.logout`, then a full page load of the sign-in page: nothing the previous session
 * loaded (health data included) stays in this tab's memory.
 */
export function useSignOut() {
  const signInHref = useHref("/sign-in");
  const leave = () => window.location.assign(signInHref);
  return trpc.auth.logout.useMutation({
    onSuccess: leave,
    onError: (error) => {
      if (isUnauthorized(error)) leave();
      else notifications.show({ color: "red", title: "Could not sign out", message: errorMessage(error) });
    },
  });
}
