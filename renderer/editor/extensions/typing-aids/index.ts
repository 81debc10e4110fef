export * from './ukrainianQuotes';
