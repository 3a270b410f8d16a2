import { useEffect } from 'react';

/**
 * Sets the tab title and the meta description of a page (what a shared link's preview and a
 * search engine show); the organisation pages set only the title and keep index.html's text.
 */
export function usePageMeta(title: string, description: string): void {
  useEffect(() => {
    document.title = title;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
  }, [title, description]);
}
