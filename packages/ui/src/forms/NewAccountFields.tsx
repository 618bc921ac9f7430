import { SimpleGrid, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { PASSWORD_MIN_LENGTH } from "@healthcare/validators";
import { PasswordField } from "./PasswordField";

/** The fields every registration form asks for. */
export type NewAccountFieldName = "firstName" | "lastName" | "email" | "password" | "phone";

/** The registration fields shared by patients and doctors: name, email, password, phone. */
export function NewAccountFields({
  getInputProps,
}: {
  getInputProps: (field: NewAccountFieldName) => GetInputPropsReturnType;
}) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label="First name" autoComplete="given-name" required {...getInputProps("firstName")} />
        <TextInput label="Last name" autoComplete="family-name" required {...getInputProps("lastName")} />
      </SimpleGrid>
      <TextInput label="Email" type="email" autoComplete="email" required {...getInputProps("email")} />
      <PasswordField
        label="Password"
        description={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        autoComplete="new-password"
        required
        {...getInputProps("password")}
      />
      <TextInput
        label="Phone"
        description="Optional"
        type="tel"
        autoComplete="tel"
        {...getInputProps("phone")}
      />
    </>
  );
}
