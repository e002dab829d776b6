/* The process map from the keyboard (issue 13): its commands and the skip link. */

type MapKeyboardText = { cmd: Record<string, string>; skipToMap: string };

const en: MapKeyboardText = {
  cmd: {
    goToMap: 'Go to the map',
    goToStep: 'Go to the next step that way',
    nextConnector: 'Next outgoing connector',
    previousConnector: 'Previous outgoing connector',
    reconnectEnd: 'Reconnect the end to…',
  },
  skipToMap: 'Skip to the map (F6)',
};

const zhCN: MapKeyboardText = {
  cmd: {
    goToMap: '跳到流程图',
    goToStep: '转到该方向的下一步骤',
    nextConnector: '下一条流出连接线',
    previousConnector: '上一条流出连接线',
    reconnectEnd: '把终点改接到…',
  },
  skipToMap: '跳到流程图（F6）',
};

export const mapKeyboardMessages = { en, 'zh-CN': zhCN };
