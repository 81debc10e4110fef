import { z } from 'zod';

import { isTimeZone } from './isTimeZone';
import { ARTICLE_STATUSES, DEFAULT_TIME_ZONE, SOURCE_KINDS } from './vocabulary';

export { ARTICLE_STATUSES, type ArticleStatus } from './vocabulary';

export const ARTICLE_FORMAT = 'newsroom.article';
export const ARTICLE_SCHEMA_VERSION = 2;

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

export function depthOf(node: BodyNode): number {
  let deepest = 0;
  for (const child of node.content ?? []) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

const ShortText = z.string().max(500);
const LongText = z.string().max(MAX_TEXT_FIELD);
/** A URL as typed: kept even when it is not http(s), so nothing is lost; exporters use only http(s) ones. */
const TypedUrl = z.string().max(2000);
const PartId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A part id is 1 to 64 letters, digits, dashes or underscores.');

export const AuthorSchema = z.object({ name: ShortText, role: ShortText });
export type Author = z.infer<typeof AuthorSchema>;

/** Where and when the story was filed: local wall-clock time plus its IANA zone, so the offset is exact. */
export const DatelineSchema = z.object({
  place: ShortText,
  localTime: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'The dateline time is written as YYYY-MM-DDTHH:MM.')
    .refine(isCalendarTime, 'The dateline time is not a real date and time.')
    .nullable(),
  timeZone: z.string().refine(isTimeZone, 'The time zone must be an IANA name such as "Europe/Kyiv".'),
});
export type Dateline = z.infer<typeof DatelineSchema>;

export const SourceSchema = z.object({
  id: PartId,
  name: ShortText,
  kind: z.enum(SOURCE_KINDS),
  url: TypedUrl,
  note: LongText,
});
export type Source = z.infer<typeof SourceSchema>;

export const BackgroundSectionSchema = z.object({ id: PartId, title: ShortText, body: BodyDocSchema });
export type BackgroundSection = z.infer<typeof BackgroundSectionSchema>;

export const RelatedStorySchema = z.object({ id: PartId, title: ShortText, url: TypedUrl, teaser: LongText });
export type RelatedStory = z.infer<typeof RelatedStorySchema>;

const ArticleFields = {
  id: DraftIdSchema,
  language: LanguageTagSchema,
  status: z.enum(ARTICLE_STATUSES),
  headline: LongText,
  standfirst: LongText,
  byline: z.array(AuthorSchema).max(50),
  dateline: DatelineSchema,
  section: ShortText,
  tags: z.array(z.string().max(100)).max(100),
  /** Empty means "made from the headline". */
  slug: z.string().max(200).regex(/^[a-z0-9-]*$/, 'A slug has only lower-case Latin letters, digits and dashes.'),
  /** Internal: kept in the native JSON, never in HTML or other CMS formats. */
  editorNote: LongText,
  sources: z.array(SourceSchema).max(200),
  body: BodyDocSchema,
  background: z.array(BackgroundSectionSchema).max(100),
  related: z.array(RelatedStorySchema).max(100),
};

export const ArticleSchema = z.object({
  format: z.literal(ARTICLE_FORMAT),
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  ...ArticleFields,
});

export type Article = z.infer<typeof ArticleSchema>;

/** What the editor sends when it saves: everything but the format and the times the store keeps. */
export const ArticleContentSchema = z.object(ArticleFields);

export type ArticleContent = z.infer<typeof ArticleContentSchema>;

export function emptyBody(): BodyNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** "2026-02-30T10:00" and "2026-01-01T25:00" match the pattern but are not times. */
function isCalendarTime(localTime: string): boolean {
  const [year, month, day, hour, minute] = localTime.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute;
}

export function emptyDateline(): Dateline {
  return { place: '', localTime: null, timeZone: DEFAULT_TIME_ZONE };
}
