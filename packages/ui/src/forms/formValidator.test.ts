import { changePasswordInput, registerInput } from "@healthcare/validators";
import { describe, expect, it } from "vitest";
import { blankToNull, blankToUndefined, formValidator } from "./formValidator";

const validPatient = {
  role: "patient",
  email: "ada@example.com",
  password: "correct horse battery",
  firstName: "Ada",
  lastName: "Lovelace",
};

describe("formValidator", () => {
  it("returns no errors for input the server accepts", () => {
    expect(formValidator(registerInput)(validPatient)).toEqual({});
  });

  it("keys the shared schema's messages by field", () => {
    const errors = formValidator(registerInput)({
      ...validPatient,
      email: "not-an-email",
      password: "short",
      firstName: " ",
    });
    expect(errors).toEqual({
      email: "Enter a valid email address",
      password: "Use at least 12 characters",
      firstName: "First name is required",
    });
  });

  it("validates the converted input, so a blank optional field is not an error", () => {
    const validate = formValidator(registerInput, (values: typeof validPatient & { phone: string }) => ({
      ...values,
      phone: blankToUndefined(values.phone),
    }));
    expect(validate({ ...validPatient, phone: "  " })).toEqual({});
    expect(validate({ ...validPatient, phone: "call me" })).toHaveProperty("phone");
  });

  it("places cross-field rules on the field they name", () => {
    const errors = formValidator(changePasswordInput)({
      currentPassword: "correct horse battery",
      newPassword: "correct horse battery",
    });
    expect(errors).toEqual({ newPassword: "The new password must differ from the current one" });
  });
});

describe("blank conversions", () => {
  it("trims and maps blank text to the API's 'not given' value", () => {
    expect(blankToUndefined("   ")).toBeUndefined();
    expect(blankToNull("")).toBeNull();
    expect(blankToNull("  12 Main St ")).toBe("12 Main St");
  });
});
