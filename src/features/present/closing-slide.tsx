import { useLocale } from '@/components/use-locale.ts';
import { QrCode } from './qr-code.tsx';
import { SlideFrame } from './slide-frame.tsx';

/** Closing slide: a QR code that opens the same view (language, sectors, years) as a dashboard on a phone. */
export function ClosingSlide({ shareUrl }: { shareUrl: string }) {
  const { t } = useLocale();
  return (
    <SlideFrame title={t('present.closingTitle')}>
      <div className="closing">
        <QrCode url={shareUrl} label={t('present.qrLabel', { url: shareUrl })} size={420} />
        <div>
          <p className="slide__lead">{t('present.closingBody')}</p>
          <p className="closing__url">{shareUrl}</p>
        </div>
      </div>
    </SlideFrame>
  );
}
