import { CURRENCIES } from "@healthcare/validators";
import { NativeSelect, NumberInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { currencyDigits } from "./money";

/** The consultation fee in major units (with the currency's decimals) and its currency. */
export function FeeFields({
  currency,
  feeProps,
  currencyProps,
}: {
  currency: string;
  feeProps: GetInputPropsReturnType;
  currencyProps: GetInputPropsReturnType;
}) {
  const digits = currencyDigits(currency);
  return (
    <>
      <NumberInput
        label="Consultation fee"
        aria-description={`In ${currency}`}
        min={0}
        decimalScale={digits}
        fixedDecimalScale={digits > 0}
        thousandSeparator=","
        {...feeProps}
      />
      <NativeSelect label="Currency" data={[...CURRENCIES]} {...currencyProps} />
    </>
  );
}
