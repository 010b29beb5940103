import { Textarea, type TextareaProps } from '@mantine/core';

/**
 * A free-text area (notes, answers, descriptions) laid out by its own text: Arabic right to
 * left, English left to right, whatever the page's language. Mantine puts a `dir` prop on the
 * input's wrapper, where `auto` finds no text and falls back to left to right; the direction
 * has to be on the textarea itself, which this does for every such field.
 */
export function FreeText({ attributes, ...props }: TextareaProps) {
  return (
    <Textarea
      autosize
      minRows={3}
      maxRows={10}
      {...props}
      attributes={{ ...attributes, input: { dir: 'auto', ...attributes?.input } }}
    />
  );
}
