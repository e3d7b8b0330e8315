/** 复制引用: puts a ready-to-paste Chinese paragraph on the clipboard and says so. */
import { useState } from 'preact/hooks';
import { errorText } from '../lang';
import { i18n } from '../popup/i18n';

/** A button that copies `text()` (computed on click) to the clipboard. */
export function Cite({ text }: { text: () => string }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <span class="cite">
      <button
        type="button"
        class="cite-button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text());
            setDone(i18n.t('desk.cited'));
          } catch (e) {
            setDone(errorText(e));
          }
        }}
      >
        {i18n.t('desk.cite')}
      </button>
      {done && (
        <span class="status" role="status">
          {done}
        </span>
      )}
    </span>
  );
}
