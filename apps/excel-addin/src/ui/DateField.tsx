import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";

/**
 * A text field for a date or month typed the Vietnamese way; reports the
 * parsed value (null while it is not valid) and says what is expected.
 */
export function DateField(props: {
  label: string;
  initial: string;
  placeholder: string;
  hint: string;
  parse: (text: string) => string | null;
  onValue: (value: string | null) => void;
  /** false while the text is neither empty nor valid. */
  onValid?: (valid: boolean) => void;
}) {
  const [text, setText] = useState(props.initial);
  const valid = text.trim() === "" || props.parse(text) !== null;
  return (
    <Field
      label={props.label}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : props.hint}
    >
      <Input
        value={text}
        placeholder={props.placeholder}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = props.parse(data.value);
          props.onValue(parsed);
          props.onValid?.(data.value.trim() === "" || parsed !== null);
        }}
      />
    </Field>
  );
}
