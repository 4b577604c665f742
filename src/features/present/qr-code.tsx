import { useEffect, useState } from 'react';

/**
 * A QR code drawn as an SVG image (generated locally, so it works offline). The image is a data URL in an <img>,
 * so no markup is injected into the page.
 */
export function QrCode({ url, label, size }: { url: string; label: string; size: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void import('qrcode').then(({ toString }) =>
      toString(url, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
        color: { dark: '#000000', light: '#ffffff' },
      }).then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <img
      className="qr-code"
      src={src}
      alt={label}
      width={size}
      height={size}
      data-url={url}
      style={{ opacity: src ? 1 : 0 }}
    />
  );
}
