import { getImageProps, type ImageProps } from 'next/image';
import { preload } from 'react-dom';

/**
 * next/image's markup (optimizer srcset, sizes, dimensions, lazy loading, blur placeholder)
 * rendered on the server as a plain <img>. The Image component is a client component: on reader
 * pages it only shipped JavaScript to remove the blur after load, which an opaque photo hides
 * anyway. `priority` (the page's likely LCP image) is also preloaded from the head.
 */
export function StaticImage({ priority, ...props }: ImageProps) {
  const { props: img } = getImageProps({ ...props, priority });
  if (priority && img.src) {
    preload(img.src, { as: 'image', imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from getImageProps
  return <img {...img} fetchPriority={priority ? 'high' : img.fetchPriority} />;
}
