// Which CDK the tests run on: cdktf (npm test) or CDK Terrain (npm run test:cdktn, which sets KEGW_CDK=cdktn and
// maps the cdktf packages to the second manifest's in jest.cdktn.config.js).
import type { Cdk } from "../../standin/deployment";

export const CDK: Cdk = process.env.KEGW_CDK === "cdktn" ? "cdktn" : "cdktf";
