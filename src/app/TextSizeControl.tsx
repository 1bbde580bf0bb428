import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_SIZES, currentTextSize, setTextSize, type TextSize } from './textSize';

export function TextSizeControl() {
  const { t } = useTranslation();
  // 'normal' on the first render (as prerendered), then this phone's choice.
  const [size, setSize] = useState<TextSize>('normal');
  useEffect(() => setSize(currentTextSize()), []);
  return (
    <fieldset className="text-size">
      <legend>{t('reading.textSize')}</legend>
      {(Object.keys(TEXT_SIZES) as TextSize[]).map((s) => (
        <label key={s} className={`size-option size-${s}`}>
          <input
            type="radio"
            name="text-size"
            value={s}
            checked={size === s}
            onChange={() => {
              setSize(s);
              setTextSize(s);
            }}
          />
          <span>{t(`reading.sizes.${s}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
