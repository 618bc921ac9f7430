import { Box, Container, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** A single card in the middle of the page, for sign-in, registration and notices. */
export function CenteredCard({
  appName,
  title,
  children,
}: {
  appName: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Box component="main" bg="gray.0" mih="100vh" py={{ base: "lg", sm: 64 }}>
      <Container size={480}>
        <Stack gap="lg">
          <Text ta="center" fw={700} size="lg" c="indigo.8">
            {appName}
          </Text>
          <Paper withBorder shadow="sm" radius="md" p={{ base: "lg", sm: "xl" }}>
            <Stack gap="md">
              <Title order={1} size="h2">
                {title}
              </Title>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
