import { Alert, Button, Center, Group, Loader, Stack, Switch, Text } from "@mantine/core";
import { notifications as toasts } from "@mantine/notifications";
import { useState } from "react";
import { errorMessage } from "../api/errors";
import { trpc } from "../api/trpc";
import { FormErrorAlert } from "../forms/FormErrorAlert";
import type { EmailChoices } from "./emailPreferences";
import {
  emailChoicesSummary,
  emailPreferencesInput,
  hasUnsavedEmailChoices,
  savedEmailChoices,
} from "./emailPreferences";

/**
 * Per kind of notification, whether it is also emailed (in-app notifications are always on);
 * saved with `notifications.updatePreferences`.
 */
export function EmailPreferencesForm() {
  const utils = trpc.useUtils();
  const preferences = trpc.notifications.preferences.useQuery();
  // Unsaved edits; null while the form shows what is saved.
  const [edits, setEdits] = useState<EmailChoices | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = trpc.notifications.updatePreferences.useMutation({
    onSuccess: (saved) => {
      utils.notifications.preferences.setData(undefined, saved);
      setEdits(null);
      toasts.show({ color: "teal", message: "Email preferences saved" });
    },
    onError: (error) => setFailure(errorMessage(error)),
  });

  if (preferences.isPending) {
    return (
      <Center py="md" role="status" aria-label="Loading email preferences">
        <Loader size="sm" />
      </Center>
    );
  }
  if (preferences.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your email preferences" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(preferences.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void preferences.refetch()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }

  const saved = preferences.data;
  const choices = edits ?? savedEmailChoices(saved);
  const unsaved = hasUnsavedEmailChoices(saved, choices);
  const choose = (kind: string, email: boolean) => {
    setFailure(null);
    setEdits({ ...choices, [kind]: email });
  };

  if (saved.items.length === 0) {
    return <Text size="sm">There are no notifications to email to your account.</Text>;
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFailure(null);
        save.mutate(emailPreferencesInput(saved, choices));
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          Emails go to{" "}
          <Text span fw={600}>
            {saved.emailAddress}
          </Text>
          . Every notification also appears under the bell, whatever you choose here.
        </Text>
        <FormErrorAlert title="Could not save your email preferences" message={failure} />
        <Stack gap="sm" role="group" aria-label="Also email me about">
          {saved.items.map((item) => (
            <Switch
              key={item.kind}
              label={item.label}
              description={item.description}
              checked={choices[item.kind] ?? item.email}
              onChange={(event) => choose(item.kind, event.currentTarget.checked)}
            />
          ))}
        </Stack>
        <Text size="sm" c="dimmed" aria-live="polite">
          {emailChoicesSummary(saved, choices)}
          {unsaved && " Not saved yet."}
        </Text>
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!unsaved}>
            Save email preferences
          </Button>
          {unsaved && (
            <Button variant="default" onClick={() => setEdits(null)} disabled={save.isPending}>
              Discard changes
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
