/** The one zod instance the server's schemas use, extended with `.openapi()` so the OpenAPI document is generated from them. */
import { z } from 'zod';
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';

extendZodWithOpenApi(z);

export { z };
