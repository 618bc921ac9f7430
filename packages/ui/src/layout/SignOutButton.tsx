import { Button } from "@mantine/core";
import type { ButtonProps } from "@mantine/core";
import { useSignOut } from "../session/sessionMutations";

/** Ends the session and returns to the sign-in page. */
export function SignOutButton(props: ButtonProps) {
  const signOut = useSignOut();
  return (
    <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()} {...props}>
      Sign out
    </Button>
  );
}
