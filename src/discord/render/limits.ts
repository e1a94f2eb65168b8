// Discord's message limits that rendering must respect (discord-api-docs; also enforced by the
// OpenAPI spec the end-to-end tests validate every request against).
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** All embeds of one message together: title, description, field names and values, footer, author. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;
