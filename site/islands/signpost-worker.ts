/**
 * The Web Worker that builds the urgent-help matcher and answers the search page's asks (signpost-service.ts says
 * why it runs here, off the main thread). Loaded by search-loaders.ts; bundled on its own by the build.
 */
import { fetchSignposter } from '../lib/search/signpost-fetch.ts';
import { onceLoaded, type Port, serveSignposts } from './signpost-service.ts';

serveSignposts(self as unknown as Port, onceLoaded(fetchSignposter));
