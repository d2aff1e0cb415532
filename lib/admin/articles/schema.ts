import 'server-only';
import { z } from 'zod';
import { parseRichDocument, type RichDocument } from '@/lib/rich-text';
import { fields } from '../validation';

/** What the editor saves (JSON from its script, not form strings). */
export const articleInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(500).default(''),
  slug: fields.slug(),
  sectionId: z.coerce.number().int().positive(),
  authorIds: z.array(z.coerce.number().int().positive()).min(1).max(6),
  tagNames: z.array(z.string().trim().min(1).max(60)).max(12).default([]),
  coverId: z.coerce.number().int().positive().nullable().default(null),
  coverAlt: z.string().trim().max(300).default(''),
  coverCaption: z.string().trim().max(500).default(''),
  coverCredit: z.string().trim().max(200).default(''),
  seoTitle: z.string().trim().max(120).default(''),
  seoDescription: z.string().trim().max(300).default(''),
  // Never trusted: reduced to the nodes and marks the reader renders (lib/rich-text.ts).
  body: z.unknown().transform((value): RichDocument => parseRichDocument(value)),
});
export type ArticleInput = z.input<typeof articleInputSchema>;
