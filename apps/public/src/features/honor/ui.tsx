import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n-context';
import { nameInitial, photoSource } from './format';
import { isHonorLevel } from './roll-filter';

/** 荣誉级别 in the reader's language; a level this site does not know shows as its code. */
export function useLevelLabel(): (level: string | null | undefined) => string {
  const { t } = useI18n();
  return (level) => {
    if (!level) return t('common.empty');
    return isHonorLevel(level) ? t(`honor.level.${level}` satisfies MessageKey) : level;
  };
}

/** The honoree's photo, or a neutral placeholder with the first character of the name. */
export function HonoreePhoto({
  name,
  photoUrl,
  size,
}: {
  name: string;
  photoUrl: string | null | undefined;
  size: 'card' | 'profile';
}) {
  const source = photoSource(photoUrl);
  const dimension = size === 'card' ? 72 : 112;
  return source ? (
    <img
      className={`honor-photo honor-photo-${size}`}
      src={source}
      alt=""
      width={dimension}
      height={Math.round(dimension * 1.25)}
      loading="lazy"
      decoding="async"
    />
  ) : (
    <span className={`honor-photo honor-photo-${size} placeholder`} aria-hidden="true">
      {nameInitial(name)}
    </span>
  );
}

export function PageIntro({ title, intro }: { title: string; intro: ReactNode }) {
  return (
    <div className="intro">
      <h1 className="page-title">{title}</h1>
      <p className="page-intro">{intro}</p>
    </div>
  );
}
