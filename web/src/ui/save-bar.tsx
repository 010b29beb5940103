import { Button, Card, Group, Text } from '@mantine/core';

/**
 * The foot of a settings form: how many changes are not saved yet, a way back to the saved
 * values, and the save button (the form's submit).
 */
export function SaveBar({
  unsavedText,
  changed,
  saving,
  onReset,
  resetLabel,
  saveLabel,
  saveTestId,
}: {
  unsavedText: string;
  changed: number;
  saving: boolean;
  onReset: () => void;
  resetLabel: string;
  saveLabel: string;
  saveTestId?: string;
}) {
  return (
    <Card withBorder padding="sm" radius="md">
      <Group justify="space-between">
        <Text size="sm" c={changed > 0 ? 'orange.9' : 'dimmed'} data-testid="unsaved">
          {unsavedText}
        </Text>
        <Group gap="sm">
          <Button variant="default" disabled={changed === 0} onClick={onReset}>
            {resetLabel}
          </Button>
          <Button type="submit" disabled={changed === 0} loading={saving} data-testid={saveTestId}>
            {saveLabel}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
