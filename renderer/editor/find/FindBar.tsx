import { DownOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { Button, Input, Space, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessGraph } from '../../../shared/process';
import { findSteps, stepThrough } from './findSteps';

/** Zoom a hit is shown at, unless the user is already closer. */
const FIND_ZOOM = 0.9;

/**
 * Find on the map: type a label or a step number; Enter goes to the next hit and Shift+Enter
 * to the previous one, each selected and panned into the middle of the canvas. Ctrl+F puts
 * the cursor here.
 */
export function FindBar({ graph }: { graph: ProcessGraph }) {
  const { t } = useTranslation();
  const { setCenter, getZoom } = useReactFlow();
  const store = useStoreApi();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [index, setIndex] = useState(-1);
  const hits = useMemo(() => findSteps(graph, text), [graph, text]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        input.current?.focus({ cursor: 'all' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (back: boolean) => {
    const next = stepThrough(hits.length, index >= hits.length ? -1 : index, back);
    setIndex(next);
    const node = graph.nodes.find((n) => n.id === hits[next]);
    if (!node) return;
    // Only the hit is selected, even with Shift held (Shift+Enter goes back).
    store.getState().resetSelectedElements();
    store.getState().addSelectedNodes([node.id]);
    void setCenter(node.x + node.width / 2, node.y + node.height / 2, {
      zoom: Math.max(getZoom(), FIND_ZOOM),
      duration: 300,
    });
  };

  const status = !text.trim()
    ? null
    : hits.length === 0
      ? t('processView.findNone')
      : index >= 0 && index < hits.length
        ? t('processView.findCount', { index: index + 1, count: hits.length })
        : t('processView.findCount', { index: 0, count: hits.length });

  return (
    <Space.Compact size="small" style={{ background: '#fff', boxShadow: '0 1px 4px #0002' }}>
      <Input
        ref={input}
        allowClear
        role="searchbox"
        aria-label={t('processView.find')}
        placeholder={t('processView.find')}
        prefix={<SearchOutlined />}
        suffix={
          status && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="find-status">
              {status}
            </Typography.Text>
          )
        }
        style={{ width: 260 }}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setIndex(-1);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          go(event.shiftKey);
        }}
      />
      <Button
        icon={<UpOutlined />}
        aria-label={t('processView.findPrevious')}
        title={t('processView.findPrevious')}
        disabled={hits.length === 0}
        onClick={() => go(true)}
      />
      <Button
        icon={<DownOutlined />}
        aria-label={t('processView.findNext')}
        title={t('processView.findNext')}
        disabled={hits.length === 0}
        onClick={() => go(false)}
      />
    </Space.Compact>
  );
}
