import type React from 'react';
import { FluentProvider, Text, Title2, webLightTheme } from '@fluentui/react-components';

export function App(): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">汇编助手</Title2>
        <Text as="p">核对各单位报送的统计数据，生成汇总表和文字说明。</Text>
      </main>
    </FluentProvider>
  );
}
