import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../ui/number-field';
import type { IvrNode } from '../api/routing';
import { arabicKey, joinPath, newNode, nextFreeKey, sortedKeys, type NodeKind, type NodeProblem } from './ivr-tree';

export type NodeEditorContext = {
  queues: { value: string; label: string }[];
  menus: { value: string; label: string }[];
  problems: Map<string, NodeProblem[]>;
  /** Replace the node at `path`. */
  change: (path: string, replace: (node: IvrNode) => IvrNode) => void;
};

const kinds: NodeKind[] = ['menu', 'queue', 'message', 'goto', 'callback', 'lookup'];

type Prompt = { ar: string; en?: string; media?: string };

/** One node of the tree as a card; its children nested inside it (right-to-left in Arabic). */
export function IvrNodeCard({
  node,
  path,
  ctx,
  keyLabel,
  onRemove,
}: {
  node: IvrNode;
  path: string;
  ctx: NodeEditorContext;
  keyLabel?: string;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('telephonyAdmin');
  const problems = ctx.problems.get(path) ?? [];
  const set = (replace: (node: IvrNode) => IvrNode) => ctx.change(path, replace);
  const problemText = (p: NodeProblem) =>
    (p.code === 'too_small' || p.code === 'required') && /(^|\.)(queue|menu)$/.test(p.field)
      ? t('ivr.noTarget')
      : p.text;

  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      data-path={path}
      data-testid="ivr-node"
      style={{
        borderInlineStartWidth: 4,
        borderInlineStartColor: problems.length > 0 ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-blue-4)',
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            {keyLabel !== undefined ? <KeyBadge digit={keyLabel} /> : null}
            <Select
              aria-label={t('ivr.kind')}
              data-testid="node-kind"
              size="xs"
              w={190}
              data={kinds.map((k) => ({ value: k, label: t(`ivr.kinds.${k}`) }))}
              value={node.kind}
              allowDeselect={false}
              onChange={(v) => v && v !== node.kind && set(() => newNode(v as NodeKind, ''))}
            />
          </Group>
          {onRemove ? (
            <Tooltip label={t('ivr.removeKey')}>
              <ActionIcon variant="subtle" color="red" aria-label={t('ivr.removeKey')} onClick={onRemove}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          ) : null}
        </Group>
        {problems.length > 0 ? (
          <Alert color="red" p="xs" role="alert" data-testid="node-problem">
            {problems.map((p) => (
              <Text key={`${p.field}-${p.code}`} size="sm">
                {problemText(p)}
              </Text>
            ))}
          </Alert>
        ) : null}
        <NodeFields node={node} path={path} ctx={ctx} set={set} />
      </Stack>
    </Card>
  );
}

/** A phone key as the caller sees it (١) with the Latin digit beside it (1). */
function KeyBadge({ digit }: { digit: string }) {
  const arabic = arabicKey(digit);
  return (
    <Badge size="lg" variant="filled" radius="sm" data-testid="key-badge">
      {arabic === digit ? (
        <bdi>{digit}</bdi>
      ) : (
        <>
          {arabic} <bdi dir="ltr">({digit})</bdi>
        </>
      )}
    </Badge>
  );
}

function PromptFields({ prompt, onChange }: { prompt: Prompt; onChange: (p: Prompt) => void }) {
  const { t } = useTranslation('telephonyAdmin');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
      <TextInput
        label={t('ivr.promptAr')}
        size="xs"
        dir="rtl"
        data-testid="prompt-ar"
        value={prompt.ar}
        onChange={(e) => onChange({ ...prompt, ar: e.currentTarget.value })}
      />
      <TextInput
        label={t('ivr.promptEn')}
        size="xs"
        dir="ltr"
        value={prompt.en ?? ''}
        onChange={(e) => onChange({ ...prompt, en: e.currentTarget.value })}
      />
    </SimpleGrid>
  );
}

function NodeFields({
  node,
  path,
  ctx,
  set,
}: {
  node: IvrNode;
  path: string;
  ctx: NodeEditorContext;
  set: (replace: (node: IvrNode) => IvrNode) => void;
}) {
  const { t } = useTranslation('telephonyAdmin');
  const queueSelect = (value: string, onChange: (v: string) => void) => (
    <Select
      label={t('ivr.queue')}
      size="xs"
      data-testid="node-queue"
      placeholder={t('ivr.pickQueue')}
      data={ctx.queues}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      allowDeselect={false}
    />
  );

  switch (node.kind) {
    case 'menu': {
      const keys = sortedKeys(node.options);
      const free = nextFreeKey(node.options);
      return (
        <Stack gap="xs">
          <PromptFields prompt={node.prompt} onChange={(prompt) => set((n) => ({ ...n, prompt }) as IvrNode)} />
          <SimpleGrid cols={2} spacing="xs">
            <NumberField
              label={t('ivr.timeout')}
              size="xs"
              value={node.timeoutSeconds}
              onChange={(v) => set((n) => ({ ...n, timeoutSeconds: v }) as IvrNode)}
            />
            <NumberField
              label={t('ivr.retries')}
              size="xs"
              value={node.maxRetries}
              onChange={(v) => set((n) => ({ ...n, maxRetries: v }) as IvrNode)}
            />
          </SimpleGrid>
          <Stack gap="xs" ps="lg" data-testid="menu-keys">
            {keys.map((key) => (
              <IvrNodeCard
                key={key}
                node={node.options[key]!}
                path={joinPath(path, `options.${key}`)}
                ctx={ctx}
                keyLabel={key}
                onRemove={() =>
                  set((n) => {
                    if (n.kind !== 'menu') return n;
                    const { [key]: _removed, ...rest } = n.options;
                    return { ...n, options: rest };
                  })
                }
              />
            ))}
            {node.fallback ? (
              <Stack gap={4}>
                <Text size="xs" c="dimmed">
                  {t('ivr.fallback')}
                </Text>
                <IvrNodeCard node={node.fallback} path={joinPath(path, 'fallback')} ctx={ctx} />
              </Stack>
            ) : null}
            {free ? (
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  data-testid="add-key"
                  onClick={() =>
                    set((n) => (n.kind === 'menu' ? { ...n, options: { ...n.options, [free]: newNode('queue') } } : n))
                  }
                >
                  {t('ivr.addKey', { key: arabicKey(free) })}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Stack>
      );
    }
    case 'queue':
      return queueSelect(node.queue, (queue) => set(() => ({ kind: 'queue', queue })));
    case 'callback':
      return (
        <Stack gap="xs">
          {queueSelect(node.queue, (queue) => set((n) => ({ ...n, queue }) as IvrNode))}
          <Text size="xs" c="dimmed">
            {t('ivr.callbackHint')}
          </Text>
        </Stack>
      );
    case 'goto':
      return (
        <Select
          label={t('ivr.menu')}
          size="xs"
          placeholder={t('ivr.pickMenu')}
          data={ctx.menus}
          value={node.menu || null}
          onChange={(v) => set(() => ({ kind: 'goto', menu: v ?? '' }))}
          allowDeselect={false}
        />
      );
    case 'message':
      return (
        <Stack gap="xs">
          <PromptFields prompt={node.prompt} onChange={(prompt) => set((n) => ({ ...n, prompt }) as IvrNode)} />
          {node.next ? (
            <Stack gap={4} ps="lg">
              <Text size="xs" c="dimmed">
                {t('ivr.then')}
              </Text>
              <IvrNodeCard node={node.next} path={joinPath(path, 'next')} ctx={ctx} />
            </Stack>
          ) : (
            <Group>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => set((n) => ({ ...n, next: newNode('queue') }) as IvrNode)}
              >
                {t('ivr.addThen')}
              </Button>
            </Group>
          )}
        </Stack>
      );
    case 'lookup':
      return (
        <Stack gap="xs">
          <PromptFields prompt={node.prompt} onChange={(prompt) => set((n) => ({ ...n, prompt }) as IvrNode)} />
          <SimpleGrid cols={2} spacing="xs">
            <NumberField
              label={t('ivr.maxDigits')}
              size="xs"
              value={node.maxDigits}
              onChange={(v) => set((n) => ({ ...n, maxDigits: v }) as IvrNode)}
            />
            <NumberField
              label={t('ivr.timeout')}
              size="xs"
              value={node.timeoutSeconds}
              onChange={(v) => set((n) => ({ ...n, timeoutSeconds: v }) as IvrNode)}
            />
          </SimpleGrid>
          <Stack gap={4} ps="lg">
            <Text size="xs" c="dimmed">
              {t('ivr.then')}
            </Text>
            <IvrNodeCard node={node.next} path={joinPath(path, 'next')} ctx={ctx} />
          </Stack>
        </Stack>
      );
  }
}
