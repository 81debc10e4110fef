import { z } from 'zod';

export const ARTICLE_FORMAT = 'newsroom.article';
export const ARTICLE_SCHEMA_VERSION = 1;

export const ARTICLE_STATUSES = ['draft', 'review', 'approved'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const MAX_TEXT_FIELD = 10_000;
export const MAX_BODY_DEPTH = 64;

/** Lower-case letters, digits and dashes: safe as a file name on every platform. */
export const DraftIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'A draft id is 1 to 64 lower-case letters, digits or dashes.');

/** BCP 47 language tag, loosely checked: "uk", "en", "en-GB", "sr-Latn-RS". */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'The language must be a BCP 47 tag such as "uk" or "en-GB".');

const IsoTimeSchema = z.iso.datetime({ offset: true });

export interface BodyMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A ProseMirror/TipTap JSON node. Unknown node types are kept as they are. */
export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  marks?: BodyMark[];
  text?: string;
}

const BodyMarkSchema = z.looseObject({
  type: z.string().min(1).max(100),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const BodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(BodyNodeSchema).optional(),
    marks: z.array(BodyMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

export const BodyDocSchema = BodyNodeSchema.refine((node) => node.type === 'doc', {
  message: 'The body must be a document node ("type": "doc").',
}).refine((node) => depthOf(node) <= MAX_BODY_DEPTH, {
  message: `The body is nested more than ${MAX_BODY_DEPTH} levels deep.`,
});

function depthOf(node: BodyNode): number {
  let deepest = 0;
  for (const child of node.content ?? []) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

export const ArticleSchema = z.object({
  format: z.literal(ARTICLE_FORMAT),
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: DraftIdSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  language: LanguageTagSchema,
  status: z.enum(ARTICLE_STATUSES),
  headline: z.string().max(MAX_TEXT_FIELD),
  standfirst: z.string().max(MAX_TEXT_FIELD),
  body: BodyDocSchema,
});

export type Article = z.infer<typeof ArticleSchema>;

/** What the editor sends when it saves: everything but the times the store keeps. */
export const ArticleContentSchema = ArticleSchema.pick({
  id: true,
  language: true,
  status: true,
  headline: true,
  standfirst: true,
  body: true,
});

export type ArticleContent = z.infer<typeof ArticleContentSchema>;

export function emptyBody(): BodyNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
