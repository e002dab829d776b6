import { Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { GATEWAY_TYPES, type GatewayType, type ProcessNode } from '../../../../shared/process';
import { Field } from '../../../ui/Field';
import type { AnalysisEdits } from './useAnalysisEdits';

type Props = { node: ProcessNode; edits: AnalysisEdits; disabled?: boolean };

/** A decision's gateway type (排他 / 并行 / 包容): how the cases leave it. */
export function GatewayField({ node, edits, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Field label={t('analysis.inputs.gateway.label')}>
      {(id) => (
        <Radio.Group
          id={id}
          disabled={disabled}
          value={node.gateway ?? 'exclusive'}
          onChange={(event) => edits.gateway(node.id, event.target.value as GatewayType)}
        >
          <Space direction="vertical" size={0}>
            {GATEWAY_TYPES.map((gateway) => (
              <Radio key={gateway} value={gateway}>
                {t(`analysis.inputs.gateway.${gateway}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      )}
    </Field>
  );
}
