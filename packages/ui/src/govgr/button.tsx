import type { ButtonHTMLAttributes, ReactNode } from 'react'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'warning' | 'link'
  children: ReactNode
}

/** A GOV.GR button; `type` is "button" unless said otherwise, so it never submits by surprise. */
export function Button({ variant = 'primary', className, type = 'button', ...rest }: ButtonProps) {
  const look = variant === 'link' ? 'govgr-btn-link' : `govgr-btn govgr-btn-${variant}`
  return <button type={type} className={className ? `${look} ${className}` : look} {...rest} />
}
