import type { Catalog } from './types.ts';

/** Texts of the chart embeds (the Embed dialog and the embedded view), in the three languages. */
const en = {
  button: 'Embed',
  buttonLabel: 'Embed “{{title}}” in another page',
  dialogTitle: 'Embed this chart',
  explain:
    'Paste this code into a web page to show “{{title}}” with the current language, sectors, years and theme. The chart keeps its legend, notes and sources, and links back here.',
  code: 'HTML code',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the code and copy it.',
  close: 'Close',
  back: 'Open the full dashboard',
  missing: 'This link names a chart that does not exist (“{{id}}”).',
  missingAction: 'Open the full dashboard',
};

const es: Catalog<typeof en> = {
  button: 'Insertar',
  buttonLabel: 'Insertar «{{title}}» en otra página',
  dialogTitle: 'Insertar este gráfico',
  explain:
    'Pegue este código en una página web para mostrar «{{title}}» con el idioma, los sectores, los años y el tema actuales. El gráfico conserva su leyenda, notas y fuentes, y enlaza a esta página.',
  code: 'Código HTML',
  copy: 'Copiar código',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: seleccione el código y cópielo.',
  close: 'Cerrar',
  back: 'Abrir el tablero completo',
  missing: 'Este enlace nombra un gráfico que no existe («{{id}}»).',
  missingAction: 'Abrir el tablero completo',
};

const ko: Catalog<typeof en> = {
  button: '퍼가기',
  buttonLabel: '“{{title}}”을(를) 다른 페이지에 넣기',
  dialogTitle: '이 차트 퍼가기',
  explain:
    '이 코드를 웹 페이지에 붙여 넣으면 현재 언어, 분야, 연도, 테마로 “{{title}}”이(가) 표시됩니다. 차트의 범례, 주석, 출처가 함께 나오며 이 페이지로 돌아오는 링크가 있습니다.',
  code: 'HTML 코드',
  copy: '코드 복사',
  copied: '복사됨',
  copyFailed: '복사하지 못했습니다. 코드를 선택해 복사하세요.',
  close: '닫기',
  back: '전체 대시보드 열기',
  missing: '이 링크의 차트가 없습니다(“{{id}}”).',
  missingAction: '전체 대시보드 열기',
};

export const embedMessages: { en: typeof en; es: Catalog<typeof en>; ko: Catalog<typeof en> } = { en, es, ko };
